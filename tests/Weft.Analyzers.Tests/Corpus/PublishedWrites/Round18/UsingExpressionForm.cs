// WEFT0002: `using (lease)` over an already published object: its Dispose (which clears it) runs at the end of the
// block; reported on the `using` line at its expression.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public sealed class Lease : IDisposable
{
    public List<int> Items { get; } = new() { 1 };
    public void Dispose() => Items.Clear();
}

public static class UsingExpressionForm
{
    public static void Run(Slot<Lease> slot)
    {
        var lease = new Lease();
        slot.Publish(lease);
        using (lease) // expect: WEFT0002
        {
            Console.WriteLine(lease.Items.Count);
        }
    }
}
