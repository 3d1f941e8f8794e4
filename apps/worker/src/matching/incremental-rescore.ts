import { Injectable } from '@nestjs/common';
import { compareRanked, Exclude, MatchingEngine, RankedPartner, Suggestion } from '@app/matching';
import { EngineHolder } from './engine-holder';
import { FullRescoreRuns, FullRescoreWriting } from './full-rescore-runs';
import { IncrementalWriter } from './incremental.writer';
import { endOf, ListEnd } from './list-ends';
import { MatchProfileReader, pairKey } from './match-profile.reader';
import { PairRow, toPairRow } from './pair-rows';
import { RejectedPairs } from './rejected-pairs';
import { Scored, settledList } from './settled-list';
import { SuggestionWriter } from './suggestion.writer';

/** Organizations waiting for their own job that one incremental rescore settles besides its own. */
const MAX_PULLED_IN = 200;

/** Rejected pairs, and each organization's active partners with the pair's score. */
type StoredPairs = [{ a: string; b: string }[], Map<string, Map<string, number>>];

/** What an incremental rescore did, as its job's result. */
export interface RescoreAround {
  partners: number;
  /** Organizations looked at around the changed ones, and lists computed again. */
  neighbours?: number;
  listsComputed?: number;
  retired?: number;
  /** Milliseconds: reading stored pairs and rejections, engine work, writes. */
  ms?: { read: number; engine: number; write: number; total: number };
}

/**
 * The incremental rescore behind `score-organization` and `rescore-organizations`: the changed
 * organizations' own lists, and every list they entered or left, kept exact against the
 * stored pairs. Throws `FullRescoreWriting` while a full rescore writes.
 */
@Injectable()
export class IncrementalRescore {
  constructor(
    private readonly engines: EngineHolder,
    private readonly runs: FullRescoreRuns,
    private readonly reader: MatchProfileReader,
    private readonly writer: SuggestionWriter,
    private readonly settled: IncrementalWriter,
  ) {}

  /** Rescores the organizations of `ids` and the lists around them (see `rescoreNow`). */
  rescore(ids: string[]): Promise<RescoreAround> {
    // One incremental rescore at a time, across jobs and worker processes: each settles lists
    // against what the one before it stored, with an engine that has every change before it.
    // None while a full rescore writes: a cluster child takes this lock once before it starts.
    return this.writer.exclusively(async () => {
      // What is stored of the changed organizations' pairs is read while the engine catches up:
      // with the lock held no other rescore writes, and a run's children take the lock before
      // they write, so it stays as read until this one writes.
      const stored = this.readStored(ids);
      const unsettled = this.reader.unsettledOrganizations();
      stored.catch(() => undefined); // both surface where rescoreNow awaits them
      unsettled.catch(() => undefined);
      if (await this.runs.writing()) throw new FullRescoreWriting();
      return this.rescoreNow(await this.engines.current(true), ids, stored, unsettled);
    });
  }

  /** The changed organizations' rejected pairs, and their active partners with the score. */
  private readStored(ids: string[]): Promise<StoredPairs> {
    return Promise.all([this.reader.rejectedPairsOf(ids), this.writer.activePartners(ids)]);
  }

  /**
   * A pair is suggested while it is in the top K of either side. A change of `ids` rewrites
   * their own lists, and settles every list they entered or left: entering pushes the list's
   * last partner out, leaving lets another in. Which lists: those a changed organization now
   * reaches (`listsReachedBy`, against where each recorded list ends), plus those of its
   * stored partners it was in; each list computed is recorded again. Neighbours whose own
   * change is still to be settled join the changed ones.
   */
  private async rescoreNow(
    engine: MatchingEngine,
    ids: string[],
    storedOfChanged: Promise<StoredPairs>,
    unsettledOrganizations: Promise<Set<string>>,
  ): Promise<RescoreAround> {
    const started = performance.now();
    let readMs = 0;
    const read = async <T>(query: Promise<T>): Promise<T> => {
      const t = performance.now();
      const result = await query;
      readMs += performance.now() - t;
      return result;
    };
    // A removed organization (deleted) is a change too: its pairs go, its partners' lists settle.
    const changed = new Set(ids);
    // Rejected pairs are read for the organizations looked at, as they come into view: a list
    // is searched only once its organization's are known. All of them, read by every job, made
    // a job's cost grow with every rejection ever made.
    const rejected = new RejectedPairs();
    const [[changedRejected, changedPartners], unsettled] = await read(
      Promise.all([storedOfChanged, unsettledOrganizations]),
    );
    let exclude = rejected.add(changedRejected).excluder;
    const k = engine.config.k;
    // Lists are first ranked (ids and scores); explanations only for rows that are written.
    // A search told a floor its K-th score cannot fall below prunes far more. Exact either way:
    // if K partners score at least the floor, the top K are among them; if fewer do, the
    // floor was wrong and the list is searched again without it.
    const search = <T extends { score: number }>(
      find: (options: { exclude?: Exclude; minScore?: number }) => T[],
      floor: number,
    ): T[] => {
      const list =
        floor > 0 ? find({ exclude, minScore: Math.max(floor, engine.config.minScore) }) : [];
      return list.length >= k ? list : find({ exclude });
    };
    const ranked = new Map<string, RankedPartner[]>();
    const rank = (id: string, floor = 0) => {
      if (!ranked.has(id))
        ranked.set(id, engine.has(id) ? search((o) => engine.topKRanked(id, o), floor) : []);
      return ranked.get(id)!;
    };
    /** The changed organizations' own lists: every pair of theirs is written, explained. */
    const explained = new Map<string, Suggestion[]>();
    /**
     * Whether y's own top K holds p, once every list this change alters is ranked (y's is one
     * exactly when y is in `around` and touched). A ranked list answers. Otherwise y's list is
     * the stored one, so where it is full its recorded end answers: p is in it when the pair
     * scores above the end, not when below (p is in `around`: the pair's rejection is known),
     * and at the end itself when p comes no later than the K-th partner in id order. Where the
     * list is not full, or its K-th partner was not recorded: undefined, for a search once y's
     * rejected pairs are read.
     */
    const heldByList = (y: string, p: string): boolean | undefined => {
      const known = ranked.get(y);
      if (known) return known.some((s) => s.partnerId === p);
      if (!engine.has(y) || !engine.has(p)) return false;
      if (exclude?.(y, p)) return false;
      const pair = engine.score(y, p, { explain: false });
      if (!pair.eligible) return false;
      return engine.storedListHolds(y, p, pair.score);
    };
    /**
     * y's list searched only down to the pair's own score: the best K scoring at least that
     * are y's top K where K reach it, and all of it where fewer do, so p is among them exactly
     * when it is in y's list — and a floor that high prunes most of the search.
     */
    const heldBySearch = (y: string, p: string): boolean => {
      const score = engine.score(y, p, { explain: false }).score;
      const minScore = Math.max(score, engine.config.minScore);
      return engine.topKRanked(y, { exclude, minScore }).some((s) => s.partnerId === p);
    };
    /**
     * p's list from its stored one where no search is needed (`settledList`): the changed
     * organizations that reach it are known where p's recorded end is the stored one's or
     * below it. Recorded as ranked, like a searched list.
     */
    const kept = (p: string, old: Scored[], end: number): RankedPartner[] | undefined => {
      if (!listsRecorded || !engine.has(p) || engine.listEndOf(p) > end) return undefined;
      const list = settledList(
        old,
        end,
        k,
        changed,
        (x) => reach.get(pairKey(x, p)),
        (y) => engine.has(y) && !exclude?.(p, y),
      );
      if (list === undefined) return undefined;
      const rankedList = list.map((s) => ({
        partnerId: s.id,
        score: s.score,
        slot: engine.slotOf(s.id)!,
      }));
      ranked.set(p, rankedList);
      return rankedList;
    };
    /**
     * A floor for p's list when changed partners left it: the partners that stay score at
     * least the old end, so K of them score at least the lowest new score of those that left
     * (where fewer do, a partner went, and the search runs again without the floor).
     */
    const leavingFloor = (p: string, oldList: Set<string>, end: number): number => {
      let floor = end;
      for (const x of changed) {
        if (!oldList.has(x) || (reach.get(pairKey(x, p)) ?? -1) >= end) continue;
        if (!engine.has(x) || !engine.has(p) || exclude?.(p, x)) return 0;
        const pair = engine.score(p, x, { explain: false });
        if (!pair.eligible) return 0;
        floor = Math.min(floor, pair.score);
      }
      return floor;
    };
    /** Score of a changed organization with a neighbour whose list it reaches. */
    const reach = new Map<string, number>();
    const around = new Set<string>();
    const listsRecorded = this.engines.listsRecorded;
    /** The lists changed organizations reach now, and those of their stored partners they are in. */
    const gather = (xs: string[], partnersOf: Map<string, Map<string, number>>) => {
      // No list recorded yet (before the first full rescore): only the changed lists are written.
      if (listsRecorded) {
        for (const id of xs.filter((i) => engine.has(i))) {
          for (const s of engine.listsReachedBy(id, { exclude })) {
            around.add(s.partnerId);
            reach.set(pairKey(id, s.partnerId), s.score);
          }
        }
      }
      // A stored partner's list is settled only if the changed organization is in it: where the
      // list is full and recorded, when their pair scored at least its end (stored scores are
      // the live engine's, as upserts keep the build's IDF, and a pair of a list is rewritten
      // only as that list is settled and its end recorded again). Reading the others' stored
      // pairs would be for nothing: most of an organization's partners are in its own list,
      // not it in theirs.
      for (const x of xs)
        for (const [partner, score] of partnersOf.get(x) ?? [])
          if (!listsRecorded || score >= engine.listEndOf(partner)) around.add(partner);
      for (const id of changed) around.delete(id);
    };
    gather(ids, changedPartners);
    // A neighbour whose own change waits for its job is settled in this one, as a changed
    // organization. The engine has its change already (a catch-up applies every change
    // committed), so its list ranked as a neighbour's would be written in its new state,
    // entering lists no job then settles: its own job would find it in them already, and the
    // partners it pushed out would stay suggested. Settling it twice costs work, never
    // exactness; past a bound (a bulk import waiting), the rest wait for their jobs.
    let pulledIn = 0;
    for (;;) {
      const extra = [...around].filter((p) => unsettled.has(p)).slice(0, MAX_PULLED_IN - pulledIn);
      if (extra.length === 0) break;
      pulledIn += extra.length;
      for (const p of extra) changed.add(p);
      const [extraRejected, extraPartners] = await read(this.readStored(extra));
      exclude = rejected.add(extraRejected).excluder;
      gather(extra, extraPartners);
    }

    const reading = this.readStored([...around]);
    reading.catch(() => undefined); // surfaces at the await below
    const rows: PairRow[] = [];
    const keep = new Set<string>();
    const retire: string[] = [];
    // While PostgreSQL reads the stored pairs, the changed organizations' own lists.
    for (const id of changed) {
      const list = engine.has(id) ? engine.topK(id, { exclude }) : [];
      explained.set(id, list);
      for (const s of list) {
        rows.push(toPairRow(id, s));
        keep.add(pairKey(id, s.partnerId));
      }
    }
    // Reading counts only the wait left once that is done.
    const [aroundRejected, stored] = await read(reading);
    exclude = rejected.add(aroundRejected).excluder;
    /** Stored partners a ranked list does not hold: [the partner, the list's organization]. */
    const pushedOut: [string, string][] = [];
    for (const [p, had] of stored) {
      // The stored pairs hold the old list: its K best (ties by id, as the engine breaks them),
      // ending at its K-th score (0 while shorter).
      const old = [...had]
        .map(([id, score]) => ({ id, score }))
        .sort(compareRanked)
        .slice(0, k);
      const end = old.length < k ? 0 : old[k - 1]!.score;
      const oldList = new Set(old.map((s) => s.id));
      // A list changes only where a changed organization was in it or now reaches it. A stored
      // pair with one whose list it is not in is held by the changed organization's own list,
      // rewritten above; the partner's list stays as it was.
      const touched = [...changed].some(
        (x) => oldList.has(x) || (reach.get(pairKey(x, p)) ?? -1) >= end,
      );
      if (!touched) continue;
      // Entered or stayed in by the changed organizations and left by none: its end can only
      // rise, so it is settled from its stored pairs (`kept`) or searched from that end. Left
      // by one: searched from the lowest new score of those that left.
      const left = [...changed].some(
        (x) => oldList.has(x) && !((reach.get(pairKey(x, p)) ?? -1) >= end),
      );
      const list = left
        ? rank(p, leavingFloor(p, oldList, end))
        : (kept(p, old, end) ?? rank(p, end));
      const inList = new Set(list.map((s) => s.partnerId));
      const written = (partner: string) => changed.has(partner) || !oldList.has(partner);
      // Only the partners written are explained: explaining is most of a list's cost, and a
      // change entering a list writes one or two of its K.
      const fresh = list.filter((s) => written(s.partnerId));
      for (const s of fresh.length > 0 ? engine.explainRanked(p, fresh) : []) {
        rows.push(toPairRow(p, s));
        if (changed.has(s.partnerId)) keep.add(pairKey(p, s.partnerId));
      }
      // Every stored pair of the list it does not hold, not only those its old K held: a pair
      // left active where no list holds it (a list of an organization whose change an earlier
      // job's engine had already applied was written as a neighbour's, entering lists that
      // job did not settle) is found here and retired, not kept until the next full rescore.
      for (const y of had.keys()) if (!inList.has(y) && !changed.has(y)) pushedOut.push([y, p]);
    }
    // Not in the list: retired unless the other side's own list holds the pair.
    const undecided: [string, string][] = [];
    for (const [y, p] of pushedOut) {
      const held = heldByList(y, p);
      if (held === undefined) undecided.push([y, p]);
      else if (!held) retire.push(pairKey(p, y));
    }
    if (undecided.length > 0) {
      const ys = [...new Set(undecided.map(([y]) => y))];
      exclude = rejected.add(await read(this.reader.rejectedPairsOf(ys))).excluder;
      for (const [y, p] of undecided) if (!heldBySearch(y, p)) retire.push(pairKey(p, y));
    }
    const listEnds = new Map<string, ListEnd>();
    for (const [id, list] of ranked) listEnds.set(id, endOf(list, k));
    for (const [id, list] of explained) listEnds.set(id, endOf(list, k));
    const scoredAt = performance.now();
    const recorded = new Map([...listEnds].filter(([id]) => engine.has(id)));
    await this.settled.write({
      rows,
      computedAt: new Date(),
      changed: [...changed],
      keep,
      retire,
      ends: recorded,
      removed: [...changed].filter((id) => !engine.has(id)),
    });
    this.engines.recordListEnds(recorded);
    return {
      partners: keep.size,
      neighbours: stored.size,
      listsComputed: new Set([...ranked.keys(), ...explained.keys()]).size,
      retired: retire.length,
      ms: {
        read: Math.round(readMs),
        engine: Math.round(scoredAt - started - readMs),
        write: Math.round(performance.now() - scoredAt),
        total: Math.round(performance.now() - started),
      },
    };
  }
}
