using System.Collections.Immutable;

namespace Corpus.Immutability.R9.MemberTypeInOtherFile;

public sealed class Policy
{
    public string Name { get; init; } = "default";

    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}
