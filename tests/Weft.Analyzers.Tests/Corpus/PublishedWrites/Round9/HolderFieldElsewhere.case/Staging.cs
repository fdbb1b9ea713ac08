// WEFT0002 across files: Staging (this file) owns a list in a property; Deploy.cs publishes that list and then adds
// to it through the same member chain.
using System.Collections.Generic;

namespace Corpus.PublishedWrites.R9.HolderFieldElsewhere;

public sealed class Staging
{
    public List<string> Pending { get; } = new();

    public bool IsEmpty => Pending.Count == 0;
}
