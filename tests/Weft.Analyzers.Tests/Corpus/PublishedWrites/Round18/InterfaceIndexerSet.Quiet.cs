// Quiet twin of InterfaceIndexerSet: written before the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class InterfaceIndexerSet
{
    public static void Run(Slot<IList<string>> slot)
    {
        IList<string> names = new List<string> { "a", "b" };
        names[0] = "z";
        slot.Publish(names);
    }
}
