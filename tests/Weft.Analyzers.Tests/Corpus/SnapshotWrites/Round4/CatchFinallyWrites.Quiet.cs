// Quiet twin of CatchFinallyWrites: the breaker state the probe writes in catch/finally is per-worker
// (SlotMode.PerWorker): each worker owns its instance and writes it on its own loop (the await resumes there).
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CatchFinallyWritesQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Breakers
{
    public Dictionary<string, int> Open { get; init; } = new();
    public HashSet<string> Probing { get; init; } = new();
}

public static class Prober
{
    public static async Task ProbeAsync(string host, Func<string, Task> connect)
    {
        Breakers breakers = Breakers.Current;
        try
        {
            await connect(host);
        }
        catch (IOException) when (breakers.Open.TryGetValue(host, out int strikes) && strikes < 5)
        {
            breakers.Open[host] = strikes + 1;
        }
        catch (Exception)
        {
            breakers.Open.Remove(host);
            throw;
        }
        finally
        {
            breakers.Probing.Remove(host);
        }
    }
}
