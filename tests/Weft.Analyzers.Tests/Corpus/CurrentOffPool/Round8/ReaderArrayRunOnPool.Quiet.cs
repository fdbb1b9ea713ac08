// Twin: the reader runs on the worker; Task.Run gets the int.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.ReaderArrayRunOnPoolQuiet;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int PerSecond { get; init; }
}

public static class Report
{
    public static Task<int> ReadAsync()
    {
        Func<int>[] readers = [() => Limits.Current.PerSecond];
        int value = readers[0]();
        return Task.Run(() => value);
    }
}
