// WEFT0002: a C# 14 extension block method writing its receiver's list, called on the published object.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Backends { public List<string> Names { get; } = new(); }

public static class BackendsExtensions
{
    extension(Backends b)
    {
        public void AddFallback() => b.Names.Add("fallback");
    }
}

public static class ExtensionBlockAdd
{
    public static void Run(Slot<Backends> slot)
    {
        var backends = new Backends();
        slot.Publish(backends);
        backends.AddFallback(); // expect: WEFT0002
    }
}
