// Quiet twin of PrimaryCtorInLambda: the parameter is copied into an ImmutableArray in an initializer and the
// lambda reads the copy.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.PrimaryCtorInLambda;

[ThreadLocalSlot]
public sealed partial class Weights(int[] weights)
{
    private readonly ImmutableArray<int> _weights = [.. weights];

    public Weights() : this([1, 2]) { }

    public Func<int, int> At => i => _weights[i];
}
