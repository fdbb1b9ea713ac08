// WEFT0002: the published list held as IList<string>; an indexer set through the interface writes it.
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
        slot.Publish(names);
        names[0] = "z"; // expect: WEFT0002
    }
}
