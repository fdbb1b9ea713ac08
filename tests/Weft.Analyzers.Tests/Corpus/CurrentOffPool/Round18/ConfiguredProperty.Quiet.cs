// Quiet twin of ConfiguredProperty: an async helper that leaves the context inside itself resumes its caller on the
// caller's context (the page: stays quiet).
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
    private static async Task PauseAsync() => await Task.Delay(5).ConfigureAwait(false);

    public static async Task<int> RunAsync()
    {
        await PauseAsync();
        return Limits.Current.MaxBatch;
    }
}
