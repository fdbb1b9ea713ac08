// Quiet twin of StaticPropertyField: the publishing method leaves a new list in the property on every path after the
// publish (the page: its next caller and the type's other methods get that new object).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class StaticPropertyField
{
    private static List<string> Names { get; set; } = new();

    public static void Commit(Slot<List<string>> slot)
    {
        slot.Publish(Names);
        Names = new List<string>();
    }

    public static void Add(string name) => Names.Add(name);
}
