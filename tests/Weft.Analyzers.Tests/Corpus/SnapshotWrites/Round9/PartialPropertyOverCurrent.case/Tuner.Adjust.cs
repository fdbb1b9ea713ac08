using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R9.PartialPropertyOverCurrent;

public sealed partial class Tuner
{
    public double Boost(int index, double factor)
    {
        List<double> weights = Weights;
        weights[index] *= factor; // expect: WEFT0003
        return weights[index];
    }
}
