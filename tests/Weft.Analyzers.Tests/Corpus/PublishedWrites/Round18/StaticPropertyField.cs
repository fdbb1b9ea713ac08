// WEFT0002: a static auto-property published by one method is published state: another method's Add to it is
// reported.
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

    public static void Commit(Slot<List<string>> slot) => slot.Publish(Names);

    public static void Add(string name) => Names.Add(name); // expect: WEFT0002
}
