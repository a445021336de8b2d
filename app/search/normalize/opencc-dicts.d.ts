// opencc-js ships each OpenCC dictionary as an ES module whose default export is the dictionary
// text ("from to|from to|…"); the package has no type declarations for these sub-paths.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
