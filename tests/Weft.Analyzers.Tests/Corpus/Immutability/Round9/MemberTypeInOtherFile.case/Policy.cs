using System.Collections.Generic;

namespace Corpus.Immutability.R9.MemberTypeInOtherFile;

public sealed class Policy
{
    public string Name { get; init; } = "default";

    public List<string> Hosts { get; init; } = new();
}
