using System.ComponentModel;

namespace Weft.Slots;

/// <summary>
/// Infrastructure for generated code: reads and writes the calling thread's <c>[ThreadStatic]</c> field of one
/// <see cref="ThreadLocalSlotAttribute"/> type, so the slot registry can keep that field in step with the slot.
/// </summary>
/// <typeparam name="T">The slot type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ThreadStaticSlotAccessor<T>
    where T : class
{
    /// <summary>The calling thread's value of the generated field.</summary>
    public abstract T? Value { get; set; }
}
