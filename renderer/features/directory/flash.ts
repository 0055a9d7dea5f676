export const PRACTITIONERS_PATH = '/directory';
export const SERVICES_PATH = '/directory/services';
