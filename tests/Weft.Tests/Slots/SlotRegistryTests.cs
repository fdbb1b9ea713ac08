using System;
using System.Linq;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;

namespace Weft.Tests.Slots;

/// <summary>The registry's own edges: refusals, index reuse past a thread's entries, and how a thread's entries grow.</summary>
public sealed class SlotRegistryTests
{
    [Fact]
    public async Task StaticSlot_without_an_accessor_throws_ArgumentNullException_naming_it()
    {
        await using var pool = WorkerPool.Start(Options(0));

        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => pool.Registry.StaticSlot<Box>(null!));

        Assert.Equal("accessor", error.ParamName);
    }

    [Fact]
    public async Task A_generated_types_first_use_after_shutdown_is_refused_saying_why()
    {
        await using var pool = WorkerPool.Start(Options(1));
        await pool.StopAsync();

        // A generated type's slot is allocated on its first use with a pool: here, after the pool stopped.
        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => pool.Registry.StaticSlot(new BoxAccessor()));

        Assert.Equal("Cannot allocate a slot: the worker pool is shut down.", refused.Message);
    }

    [Fact]
    public async Task Asking_for_the_generated_slot_of_a_type_never_used_with_the_pool_names_the_type()
    {
        await using var pool = WorkerPool.Start(Options(0));

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => pool.Registry.StaticSlotFor<Box>());

        Assert.Equal($"No generated slot for {typeof(Box)} was used with this pool yet.", error.Message);
    }

    [Fact]
    public async Task Disposing_a_slot_past_the_end_of_a_threads_entries_frees_its_index_for_reuse()
    {
        await using var pool = WorkerPool.Start(Options(1));

        // Slots never set, up to one whose index is past the initial eight entries every thread holds: it is past their
        // end on every thread when it is nulled out there.
        (int disposedIndex, int reusedIndex) = await pool.Main.InvokeAsync(() =>
        {
            Slot<Box> last;
            do
            {
                last = pool.AllocateSlot<Box>();
            }
            while (last.Index < 8);

            last.Dispose();
            return (last.Index, pool.AllocateSlot<Box>().Index);
        }).WaitAsync(TestWait.Timeout);
        pool.Settle();

        Assert.Equal(8, disposedIndex);
        Assert.Equal(disposedIndex, reusedIndex);
        Assert.Equal(0, pool.Registry.CallbackFailures);
    }

    [Fact]
    public async Task A_threads_entries_double_when_one_past_the_end_is_asked_for_and_keep_what_they_held()
    {
        await using var pool = WorkerPool.Start(Options(0));
        var slots = new ThreadSlots(pool.Registry, pool.Main);
        var held = new object();
        slots.EntryFor(3).Value = held;

        slots.EntryFor(8);

        Assert.Equal(16, slots.Entries.Length);
        Assert.Same(held, slots.Entries[3].Value);
    }

    [Fact]
    public async Task A_threads_entries_grow_to_an_index_far_past_twice_their_size()
    {
        await using var pool = WorkerPool.Start(Options(0));
        var slots = new ThreadSlots(pool.Registry, pool.Main);

        slots.EntryFor(20).Value = "far";

        Assert.Equal(21, slots.Entries.Length);
        Assert.Equal("far", slots.Entries[20].Value);
    }

    private static WorkerPoolOptions Options(int workers) => new()
    {
        WorkerCount = workers,
        ThreadNamePrefix = "registry",
        GuardDog = null,
        StatsFlushInterval = TimeSpan.Zero,
    };

    private sealed class Box;

    private sealed class BoxAccessor : ThreadStaticSlotAccessor<Box>
    {
        public override Box? Value { get; set; }
    }
}
