import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GRAPHIQL_ASSETS_PATH } from './offline-graphiql.plugin';

const requireFrom = createRequire(__filename);
// Package folders, not deep requires: React's export map does not list its UMD builds.
const dir = (pkg: string) => dirname(requireFrom.resolve(`${pkg}/package.json`));

/** The files the offline GraphiQL page needs, resolved inside node_modules once. */
const ASSETS: Record<string, { path: string; type: string }> = {
  'graphiql.min.css': { path: join(dir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'graphiql.min.js': { path: join(dir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'react.production.min.js': {
    path: join(dir('react'), 'umd/react.production.min.js'),
    type: 'text/javascript',
  },
  'react-dom.production.min.js': {
    path: join(dir('react-dom'), 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
};

@Controller(GRAPHIQL_ASSETS_PATH.slice(1))
export class GraphiqlAssetsController {
  @Get(':file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    const asset = ASSETS[file];
    if (!asset) throw new NotFoundException();
    res.type(asset.type).setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(asset.path);
  }
}
