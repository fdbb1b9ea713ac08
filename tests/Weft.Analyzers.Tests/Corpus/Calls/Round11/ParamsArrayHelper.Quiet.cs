// Quiet twin: the helper sorts before the publish.
using System;
using Weft.Slots;

namespace Corpus.R11.ParamsArrayHelperQuiet;

public static class Order
{
    private static void SortAll(params string[] names) => Array.Sort(names);

    public static void Publish(Slot<string[]> slot)
    {
        string[] names = ["b", "a"];
        SortAll(names);
        slot.Publish(names);
    }
}
