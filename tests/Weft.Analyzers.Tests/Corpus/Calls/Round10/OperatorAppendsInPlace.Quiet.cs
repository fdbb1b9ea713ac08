// A user operator +: it returns a new tally, so `tally += n` rebinds the local to a fresh object.
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

namespace Corpus.Calls.Round10.OperatorAppendsInPlaceQuiet;

public sealed class Tally
{
    public List<int> Samples { get; } = new();

    public static Tally operator +(Tally tally, int sample)
    {
        var next = new Tally();
        next.Samples.AddRange(tally.Samples);
        next.Samples.Add(sample);
        return next;
    }
}

public static class Sampling
{
    public static void Record(Slot<Tally> slot, int sample)
    {
        var tally = new Tally();
        tally += 1;
        slot.Publish(tally);
        tally += sample;
        slot.Publish(tally);
    }
}
