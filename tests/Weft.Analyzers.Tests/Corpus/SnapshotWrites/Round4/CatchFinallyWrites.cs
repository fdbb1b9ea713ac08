// A probe on a worker records the outcome in the shared breaker snapshot from a `catch ... when` handler, a plain
// catch that rethrows, and a finally block. Each write is into data reached from Current (WEFT0003), whatever block
// it sits in. The snapshot's Dictionary and HashSet are WEFT0001.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CatchFinallyWrites;

[ThreadLocalSlot]
public sealed partial class Breakers
{
    public Dictionary<string, int> Open { get; init; } = new(); // expect: WEFT0001
    public HashSet<string> Probing { get; init; } = new(); // expect: WEFT0001
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
            breakers.Open[host] = strikes + 1; // expect: WEFT0003
        }
        catch (Exception)
        {
            breakers.Open.Remove(host); // expect: WEFT0003
            throw;
        }
        finally
        {
            breakers.Probing.Remove(host); // expect: WEFT0003
        }
    }
}
