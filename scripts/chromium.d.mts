/** Where Chromium is: `$CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** The flags every launch uses. */
export declare const chromiumArgs: string[];
