// A project of three files: an abstract peer source declared to return IReadOnlyList<string>; its only override
// (second file) returns its own list field or an immutable copy; the third file broadcasts what the base method gives.
// Reading taken: a virtual call is a helper whose returns are those of the overrides in the compilation ("judged by
// what every return of the helper hands back"), reported at the argument.
using System.Collections.Generic;

namespace Corpus.Broadcast.OverrideReturnsField;

public abstract class PeerSource
{
    public abstract IReadOnlyList<string> Peers();
}
