// Quiet twin: the required member is an ImmutableArray, so the change type is deeply immutable.
using System.Collections.Immutable;

namespace Corpus.R11.RequiredInitChangeQuiet;

public sealed class Change
{
    public required string Zone { get; init; }
    public required ImmutableArray<string> Hosts { get; init; }
}
