using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Weft.Threading;

namespace Weft.Slots;

/// <summary>
/// Infrastructure for generated <see cref="ThreadLocalSlotAttribute"/> code: the one <c>[ThreadStatic]</c> field of
/// slot type <typeparamref name="T"/> and the operations its generated members forward to, written once here instead
/// of once per slot type. The generated members are documented by these.
/// </summary>
/// <typeparam name="T">The slot type.</typeparam>
/// <remarks>
/// A static field of a generic class instantiated over a class type, read from code that names the type, compiles to
/// the same thread-static load as a field of the slot type itself (checked in GeneratedCurrentBenchmarks).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedSlot<T>
    where T : class
{
    [ThreadStatic]
    private static T? t_current;

    private static readonly ThreadStaticSlotAccessor<T> Accessor = new FieldAccessor();

    /// <summary>
    /// This thread's value of the slot: one thread-static load, lock-free, no allocation. Read it on a pool thread (main
    /// or a worker) after a value reached that thread.
    /// </summary>
    /// <exception cref="InvalidOperationException">Off a pool thread, or before a value was set on this thread.</exception>
    [RequiresLoopThread]
    public static T Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ?? ThrowNoCurrent();
    }

    /// <summary>This thread's value of the slot, or false off a pool thread or before a value was set on this thread.</summary>
    /// <param name="value">This thread's value when the result is true.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryGetCurrent([NotNullWhen(true)] out T? value)
    {
        value = t_current;
        return value is not null;
    }

    /// <summary>
    /// Publishes one shared, immutable <paramref name="value"/> by reference to every thread of <paramref name="pool"/>
    /// (read-copy-update; also replayed on workers added later); completes when every thread switched to it.
    /// </summary>
    /// <param name="pool">The pool whose threads receive the value.</param>
    /// <param name="value">The snapshot; it must not change after this call.</param>
    public static Task PublishAsync(WorkerPool pool, [Published] T value) => For(pool).PublishAsync(value);

    /// <summary>
    /// Publishes <paramref name="value"/> by reference to every thread of <paramref name="pool"/>;
    /// <paramref name="onAllApplied"/> runs on the main dispatcher once every thread switched.
    /// </summary>
    /// <param name="pool">The pool whose threads receive the value.</param>
    /// <param name="value">The snapshot; it must not change after this call.</param>
    /// <param name="onAllApplied">Runs once on main afterwards.</param>
    public static void Publish(WorkerPool pool, [Published] T value, [RunsOnMain] Action onAllApplied) => For(pool).Publish(value, onAllApplied);

    /// <summary>
    /// Every thread of <paramref name="pool"/> builds its own instance with <paramref name="factory"/>, on that thread;
    /// replayed on workers added later.
    /// </summary>
    /// <param name="pool">The pool whose threads build an instance.</param>
    /// <param name="factory">Builds one thread's own instance, given its dispatcher; runs once on each thread.</param>
    public static void Initialize(WorkerPool pool, [PerWorkerFactory] Func<Dispatcher, T> factory) => For(pool).Set(factory);

    /// <summary>As <see cref="Initialize"/>; completes when every thread holds its instance.</summary>
    /// <param name="pool">The pool whose threads build an instance.</param>
    /// <param name="factory">Builds one thread's own instance, given its dispatcher; runs once on each thread.</param>
    public static Task InitializeAsync(WorkerPool pool, [PerWorkerFactory] Func<Dispatcher, T> factory) => For(pool).SetAsync(factory);

    /// <summary>Runs <paramref name="update"/> on every thread of <paramref name="pool"/>, on that thread's own instance; completes when all ran.</summary>
    /// <param name="pool">The pool whose threads run the update.</param>
    /// <param name="update">Runs once on every thread, concurrently.</param>
    public static Task UpdateAllAsync(WorkerPool pool, [RunsOnEveryWorker] Action<T> update) => For(pool).RunOnAllThreadsAsync(update);

    /// <summary>Runs <paramref name="update"/> on every thread; <paramref name="onAllApplied"/> runs on the main dispatcher afterwards.</summary>
    /// <param name="pool">The pool whose threads run the update.</param>
    /// <param name="update">Runs once on every thread, concurrently.</param>
    /// <param name="onAllApplied">Runs once on main afterwards.</param>
    public static void UpdateAll(WorkerPool pool, [RunsOnEveryWorker] Action<T> update, [RunsOnMain] Action onAllApplied) => For(pool).RunOnAllThreads(update, onAllApplied);

    /// <summary>
    /// Runs a <see cref="WorkerUpdateAttribute"/> method on every thread of <paramref name="pool"/>, each on its own
    /// instance, with the arguments in <paramref name="state"/>; completes when all ran.
    /// </summary>
    /// <typeparam name="TState">The arguments, as one value.</typeparam>
    /// <param name="pool">The pool whose threads run the update.</param>
    /// <param name="update">Calls the method; runs once on every thread, concurrently.</param>
    /// <param name="state">The arguments; every thread receives them.</param>
    public static Task OnAllWorkersAsync<TState>(WorkerPool pool, [RunsOnEveryWorker] Action<T, TState> update, [Published] TState state) =>
        For(pool).RunOnAllThreadsAsync(update, state);

    /// <summary>
    /// Runs a <see cref="WorkerUpdateAttribute"/> method on every thread; <paramref name="onAllApplied"/> runs on the
    /// main dispatcher afterwards. Allocates nothing per call in steady state.
    /// </summary>
    /// <typeparam name="TState">The arguments, as one value.</typeparam>
    /// <param name="pool">The pool whose threads run the update.</param>
    /// <param name="update">Calls the method; runs once on every thread, concurrently.</param>
    /// <param name="state">The arguments; every thread receives them.</param>
    /// <param name="onAllApplied">Runs once on main afterwards.</param>
    public static void OnAllWorkers<TState>(WorkerPool pool, [RunsOnEveryWorker] Action<T, TState> update, [Published] TState state, [RunsOnMain] Action onAllApplied) =>
        For(pool).RunOnAllThreads(update, state, onAllApplied);

    /// <summary>The slot of <typeparamref name="T"/> in <paramref name="pool"/>, allocated on first use.</summary>
    /// <param name="pool">The pool.</param>
    public static Slot<T> For(WorkerPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return pool.Registry.StaticSlot(Accessor);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T ThrowNoCurrent()
    {
        bool perWorker = typeof(T).GetCustomAttribute<ThreadLocalSlotAttribute>()?.Mode == SlotMode.PerWorker;
        throw GeneratedSlotSupport.NoCurrentValue(DisplayName(typeof(T)), perWorker);
    }

    private static string DisplayName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private sealed class FieldAccessor : ThreadStaticSlotAccessor<T>
    {
        public override T? Value
        {
            get => t_current;
            set => t_current = value;
        }
    }
}
