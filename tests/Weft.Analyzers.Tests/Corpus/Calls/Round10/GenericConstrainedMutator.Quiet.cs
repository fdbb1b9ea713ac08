// A generic helper constrained to IList<T> that removes duplicates in place, called on a
// copy, which is published next. Reported at the call.
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

namespace Corpus.Calls.Round10.GenericConstrainedMutatorQuiet;

public static class ListTools
{
    public static void Dedupe<TList>(TList list) where TList : IList<string>
    {
        var seen = new HashSet<string>();
        for (int i = list.Count - 1; i >= 0; i--)
        {
            if (!seen.Add(list[i]))
            {
                list.RemoveAt(i);
            }
        }
    }
}

public static class Cleanup
{
    public static void Run(Slot<List<string>> slot, List<string> names)
    {
        var clean = new List<string>(names);
        ListTools.Dedupe(clean);
        slot.Publish(clean);
    }
}
