using System.Collections.Generic;

namespace Corpus.SnapshotWrites.R9.PartialPropertyOverCurrent;

public sealed partial class Tuner
{
    public double Boost(int index, double factor)
    {
        List<double> weights = new(Weights);
        weights[index] *= factor;
        return weights[index];
    }
}
