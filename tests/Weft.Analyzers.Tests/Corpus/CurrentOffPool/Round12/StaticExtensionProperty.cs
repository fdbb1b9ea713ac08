// C# 14 static extension property that reads a snapshot's Current, used inside Task.Run. Reading taken: reported at
// the Current read inside the property or at the use in the pool lambda (#escape).
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.StaticExtensionProperty;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Prefixes { get; init; } = [];
}

public static class RoutesExtensions
{
    extension(Routes)
    {
        public static Routes Live => Routes.Current; // expect: WEFT0005 #escape
    }
}

public static class Audit
{
    public static Task<int> CountLater() => Task.Run(() => Routes.Live.Prefixes.Length); // expect: WEFT0005 #escape
}
