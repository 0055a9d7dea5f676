/**
 * The code's boundaries, checked by `npm run lint` (dependency-cruiser): see
 * docs/decisions/0028-boundaries.md.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make start-up order fragile and hide which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'feature-through-index',
      severity: 'error',
      comment: 'A feature reaches another feature only through its public index.ts.',
      from: { path: '^renderer/features/([^/]+)/' },
      to: {
        path: '^renderer/features/([^/]+)/',
        pathNot: ['^renderer/features/$1/', '^renderer/features/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'components-stay-generic',
      severity: 'error',
      comment: 'The kit (renderer/components) knows nothing of the app shell or any feature.',
      from: { path: '^renderer/components/' },
      to: { path: '^renderer/(app|features)/' },
    },
    {
      name: 'data-knows-no-screens',
      severity: 'error',
      comment: 'The data layer serves screens; it never imports them.',
      from: { path: '^renderer/data/' },
      to: { path: '^renderer/(app|features|components)/' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ is the domain: no renderer, electron or templates-by-path imports.',
      from: { path: '^shared/' },
      to: { path: '^(renderer|electron)/' },
    },
    {
      name: 'electron-not-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|tests|scripts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
