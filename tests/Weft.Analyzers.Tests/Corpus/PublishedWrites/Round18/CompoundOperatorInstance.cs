// WEFT0002: a C# 14 instance compound operator (`tags += "b"` with `public void operator +=(string)`) changes the
// object `tags` holds in place: reported after the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Tags
{
    private readonly List<string> _items = new();
    public int Count => _items.Count;
    public void operator +=(string tag) => _items.Add(tag);
}

public static class CompoundOperatorInstance
{
    public static void Run(Slot<Tags> slot)
    {
        var tags = new Tags();
        tags += "a";
        slot.Publish(tags);
        tags += "b"; // expect: WEFT0002
    }
}
