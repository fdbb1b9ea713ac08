// A user operator +: it appends to the left operand's list and returns that same object, so `tally += n` after the
// publish writes the published tally.
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

namespace Corpus.Calls.Round10.OperatorAppendsInPlace;

public sealed class Tally
{
    public List<int> Samples { get; } = new();

    public static Tally operator +(Tally tally, int sample)
    {
        tally.Samples.Add(sample);
        return tally;
    }
}

public static class Sampling
{
    public static void Record(Slot<Tally> slot, int sample)
    {
        var tally = new Tally();
        tally += 1;
        slot.Publish(tally);
        tally += sample; // expect: WEFT0002
        slot.Publish(tally);
    }
}
