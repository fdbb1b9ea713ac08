// WEFT0003 across files: a partial Tuner reads Current's list through a private property in this file; the other
// part (Tuner.Adjust.cs) writes through the property. The write is where the list is changed.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R9.PartialPropertyOverCurrent;

[ThreadLocalSlot]
public sealed partial class Model
{
#pragma warning disable WEFT0001
    public List<double> Weights { get; init; } = new();
#pragma warning restore WEFT0001
}

public sealed partial class Tuner
{
    private List<double> Weights => Model.Current.Weights;
}
