// The array is published,
// and the wrapper is built over a clone of it, written (the clone stays the caller's). Reported at the indexer assignment.
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

namespace Corpus.Views.Round10.UserIndexerOverWrappedArrayQuiet;

public static class WeightUpdate
{
    public static void Bump(Slot<int[]> slot, int[] weights)
    {
        slot.Publish(weights);
        var view = new Weights((int[])weights.Clone());
        view[0] = 10;
    }
}
