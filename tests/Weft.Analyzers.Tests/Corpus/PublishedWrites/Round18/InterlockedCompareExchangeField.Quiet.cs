// Quiet twin of InterlockedCompareExchangeField: the field gets a private copy, the published list stays untouched.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class InterlockedCompareExchangeField
{
    private List<string>? _current;

    public void Install(Slot<List<string>> slot)
    {
        var fresh = new List<string> { "a" };
        slot.Publish(fresh);
        Interlocked.CompareExchange(ref _current, new List<string>(fresh), null);
    }

    public void Append(string s) => _current?.Add(s);
}
