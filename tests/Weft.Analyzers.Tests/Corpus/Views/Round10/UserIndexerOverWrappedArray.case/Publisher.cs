// The array is published, then a wrapper over that same array is written through its indexer. Reported at the indexer assignment.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Views.Round10.UserIndexerOverWrappedArray;

public static class WeightUpdate
{
    public static void Bump(Slot<int[]> slot, int[] weights)
    {
        slot.Publish(weights);
        var view = new Weights(weights);
        view[0] = 10; // expect: WEFT0002
    }
}
