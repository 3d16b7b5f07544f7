export interface SearchHit {
  key: string;
  label: string;
  kind: string;
  score: number;
}

export interface SearchState {
  text: string;
  hits: SearchHit[];
}
