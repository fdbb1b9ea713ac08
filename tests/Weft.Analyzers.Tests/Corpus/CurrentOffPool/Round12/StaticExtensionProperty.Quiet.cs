// C# 14 static extension property that reads a snapshot's Current, read on the worker; the pool gets the number.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.StaticExtensionPropertyQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Prefixes { get; init; } = [];
}

public static class RoutesExtensions
{
    extension(Routes)
    {
        public static Routes Live => Routes.Current;
    }
}

public static class Audit
{
    public static Task<int> CountLater()
    {
        int count = Routes.Live.Prefixes.Length;
        return Task.Run(() => count);
    }
}
