// WEFT0001 across files: the snapshot type is declared here, the type of its member in Policy.cs. The member is
// judged by what Policy holds, which this file does not show.
using Weft;

namespace Corpus.Immutability.R9.MemberTypeInOtherFile;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int Version { get; init; }

    public Policy Policy { get; init; } = new();
}
