// WEFT0001: a primary-constructor parameter (int[]) captured only inside a lambda held by a property: it is still
// used by a member outside initializers, so a hidden field keeps it ("reported on the parameter").
using System;
using Weft;

namespace Corpus6a.PrimaryCtorInLambda;

[ThreadLocalSlot]
public sealed partial class Weights(int[] weights) // expect: WEFT0001 "weights"
{
    public Weights() : this([1, 2]) { }

    public Func<int, int> At => i => weights[i];
}
