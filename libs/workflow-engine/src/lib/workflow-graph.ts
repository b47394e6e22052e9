// The definition as a graph of states and transitions, for the UI to draw.

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly parent?: string;
  readonly initial: boolean;
  readonly final: boolean;
  readonly evidenceEditable: boolean;
  readonly reviewQueue: boolean;
}

export interface GraphEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly event: string;
  readonly label: string;
  readonly needsComment: boolean;
  readonly confirm?: string;
}

export interface WorkflowGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}
