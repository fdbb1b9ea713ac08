// WEFT0005: awaiting a configured awaitable a user static property returns (`await Pause;`) leaves the loop.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public static class ConfiguredProperty
{
    private static System.Runtime.CompilerServices.ConfiguredTaskAwaitable Pause => Task.Delay(5).ConfigureAwait(false);

    public static async Task<int> RunAsync()
    {
        await Pause;
        return Limits.Current.MaxBatch; // expect: WEFT0005
    }
}
