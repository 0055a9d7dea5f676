// electron-builder hooks (see electron-builder.yml).

/**
 * Resolving to false tells electron-builder that node_modules are handled elsewhere, so it
 * neither rebuilds nor copies them into app.asar: main, preload and renderer are already
 * bundled, and shipping unused packages only adds code an attacker could reach.
 */
export async function beforeBuild() {
  return false;
}
