declare module '@svg-maps/sweden' {
  const map: {
    readonly label: string;
    readonly viewBox: string;
    readonly locations: readonly { readonly name: string; readonly id: string; readonly path: string }[];
  };
  export default map;
}
