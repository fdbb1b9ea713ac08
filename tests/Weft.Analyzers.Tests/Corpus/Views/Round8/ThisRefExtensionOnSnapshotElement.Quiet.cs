// Twin: the element is copied into a local first (a value copy), and the copy is reset.
using Weft;

namespace Corpus.Views.R8.ThisRefExtensionOnSnapshotElementQuiet;

public struct Window
{
    public int Count;
}

public static class WindowExtensions
{
    public static void Reset(this ref Window window) => window.Count = 0;
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Limits
{
    public Window[] Windows { get; init; } = new Window[4];
}
#pragma warning restore WEFT0001

public static class Roller
{
    public static int Roll(int i)
    {
        var window = Limits.Current.Windows[i];
        window.Reset();
        return window.Count;
    }
}
