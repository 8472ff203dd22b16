/** Names looked for in each folder, nearest folder first, in this order. */
export const CONFIG_FILE_NAMES = ['.postmortemrc.json', '.postmortemrc.yaml', '.postmortemrc.yml', '.postmortemrc'];

/** The file of gitignore patterns a workspace root (or the CLI's working folder) may hold. */
export const IGNORE_FILE_NAME = '.postmortemignore';
