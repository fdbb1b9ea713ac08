// WEFT0003: the plain `ref` parameter form of ThisRefExtensionOnSnapshotElement: a static helper given
// `ref Limits.Current.Windows[i]`.
using Weft;

namespace Corpus.Views.R8.RefParameterOnSnapshotElement;

public struct Window
{
    public int Count;
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
    private static void Reset(ref Window window) => window.Count = 0;

    public static void Roll(int i) => Reset(ref Limits.Current.Windows[i]); // expect: WEFT0003
}
