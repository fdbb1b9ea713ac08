using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers.Engine;

/// <summary>What a BCL member does to the memory the engine follows.</summary>
internal enum BclEffect
{
    /// <summary>Changes the object in place (the receiver, or the argument named by the entry).</summary>
    Writes,

    /// <summary>Returns an alias of the receiver or argument: a read-only wrapper, a span, a slice, an enumerator, a lazy query.</summary>
    View,

    /// <summary>Returns (or puts in an <c>out</c> argument) one element of the receiver or argument: still shared memory.</summary>
    Element,

    /// <summary>Returns a new container holding the same elements (a shallow copy): the container is fresh, the elements are not.</summary>
    ShallowCopy,

    /// <summary>Runs its delegate arguments on another thread (thread pool, dedicated thread, timer), and hands its other arguments there.</summary>
    ThreadEntry,

    /// <summary>
    /// A static factory that returns a new value holding each argument in the member named like its parameter
    /// (<c>KeyValuePair.Create(key, value)</c> → <c>Key</c>, <c>Value</c>). A library constructor follows that
    /// convention without a row (see <c>FlowRun.StoreByParameterNames</c>).
    /// </summary>
    Carrier,

    /// <summary>Returns a new collection holding the argument itself as an element (<c>Enumerable.Repeat(x, n)</c>).</summary>
    HoldsAsElement,

    /// <summary>
    /// Stores its value argument into the location of its first (by-ref) argument atomically: a value computed from
    /// that same location makes the read before it and this store a read-modify-write that is not atomic.
    /// </summary>
    AtomicStore,

    /// <summary>
    /// Runs on another thread the delegates its receiver holds (<c>task.Start()</c> of a <c>new Task(action)</c>, on
    /// the default scheduler); what it was built with goes along.
    /// </summary>
    StartsHeld,

    /// <summary>
    /// Runs its delegate argument on the thread of the receiving <c>SynchronizationContext</c>, with its state argument:
    /// another loop when the context is another dispatcher's <c>SynchronizationContext</c>; unknown (nothing assumed) when
    /// the code does not say which context it is.
    /// </summary>
    ContextPost,

    /// <summary>A property setter that moves a cursor or changes a setting, not the data the object holds (a stream's <c>Position</c>).</summary>
    ChangesNoData,

    /// <summary>Returns what the location of its first (by-ref) argument holds (<c>Volatile.Read(ref _current)</c>).</summary>
    AtomicLoad,

    /// <summary>
    /// Stores its value argument into the location of its first (by-ref) argument when that holds the comparand, and
    /// returns what it held: the location may hold either afterwards. Never a split read-modify-write (it checks).
    /// </summary>
    AtomicCompareStore,
}

/// <summary>One row of the table: what the member does and to which operand (-1 = receiver, otherwise a parameter).</summary>
internal readonly struct BclFact
{
    public BclFact(BclEffect effect, int operand, string description)
    {
        Effect = effect;
        Operand = operand;
        Description = description;
    }

    public BclEffect Effect { get; }

    /// <summary>-1 for the receiver, else the ordinal of the parameter concerned.</summary>
    public int Operand { get; }

    public string Description { get; }
}

/// <summary>
/// The one table of BCL knowledge the engine consults: in-place mutators, view-returning APIs, element accessors,
/// shallow copies and thread entry points. Rows name a type by metadata name and members by name; the operand is
/// "this", a parameter ordinal or a parameter name (overloads put the destination at different positions).
/// </summary>
internal static class BclKnowledge
{
    private const string AnyType = "*";

    // Type | members | effect | operand
    private static readonly string[] Rows =
    [
        // In-place mutators.
        "System.Collections.Generic.List`1|Add,AddRange,Insert,InsertRange,Remove,RemoveAt,RemoveAll,RemoveRange,Clear,Sort,Reverse,TrimExcess,EnsureCapacity,set_Item,set_Capacity|Writes|this",
        "System.Collections.Generic.Dictionary`2|Add,TryAdd,Remove,Clear,TrimExcess,EnsureCapacity,set_Item|Writes|this",
        "System.Collections.Generic.SortedDictionary`2|Add,TryAdd,Remove,Clear,set_Item|Writes|this",
        "System.Collections.Generic.SortedList`2|Add,TryAdd,Remove,RemoveAt,Clear,set_Item,SetValueAtIndex,TrimExcess|Writes|this",
        "System.Collections.Generic.HashSet`1|Add,Remove,RemoveWhere,Clear,UnionWith,IntersectWith,ExceptWith,SymmetricExceptWith,TrimExcess,EnsureCapacity|Writes|this",
        "System.Collections.Generic.SortedSet`1|Add,Remove,RemoveWhere,Clear,UnionWith,IntersectWith,ExceptWith,SymmetricExceptWith|Writes|this",
        "System.Collections.Generic.Queue`1|Enqueue,Dequeue,TryDequeue,Clear,TrimExcess,EnsureCapacity|Writes|this",
        "System.Collections.Generic.Stack`1|Push,Pop,TryPop,Clear,TrimExcess,EnsureCapacity|Writes|this",
        "System.Collections.Generic.PriorityQueue`2|Enqueue,EnqueueRange,Dequeue,TryDequeue,EnqueueDequeue,DequeueEnqueue,Clear,TrimExcess,EnsureCapacity|Writes|this",
        "System.Collections.Generic.LinkedList`1|AddFirst,AddLast,AddBefore,AddAfter,Remove,RemoveFirst,RemoveLast,Clear|Writes|this",
        "System.Collections.Generic.ICollection`1|Add,Remove,Clear|Writes|this",
        "System.Collections.Generic.IList`1|Insert,RemoveAt,set_Item|Writes|this",
        "System.Collections.Generic.IDictionary`2|Add,Remove,set_Item|Writes|this",
        "System.Collections.Generic.ISet`1|Add,UnionWith,IntersectWith,ExceptWith,SymmetricExceptWith|Writes|this",
        "System.Collections.IList|Add,Insert,Remove,RemoveAt,Clear,set_Item|Writes|this",
        "System.Collections.IDictionary|Add,Remove,Clear,set_Item|Writes|this",
        "System.Collections.ArrayList|Add,AddRange,Insert,InsertRange,Remove,RemoveAt,RemoveRange,Clear,Sort,Reverse,SetRange|Writes|this",
        "System.Collections.Hashtable|Add,Remove,Clear,set_Item|Writes|this",
        "System.Collections.Immutable.ImmutableArray`1+Builder|Add,AddRange,Insert,InsertRange,Remove,RemoveAt,RemoveAll,RemoveRange,Replace,Clear,Sort,Reverse,set_Item,set_Count,set_Capacity|Writes|this",
        "System.Collections.Immutable.ImmutableList`1+Builder|Add,AddRange,Insert,InsertRange,Remove,RemoveAt,RemoveAll,RemoveRange,Replace,Clear,Sort,Reverse,set_Item|Writes|this",
        "System.Collections.Immutable.ImmutableDictionary`2+Builder|Add,AddRange,Remove,RemoveRange,Clear,set_Item|Writes|this",
        "System.Collections.Immutable.ImmutableSortedDictionary`2+Builder|Add,AddRange,Remove,RemoveRange,Clear,set_Item|Writes|this",
        "System.Collections.Immutable.ImmutableHashSet`1+Builder|Add,Remove,Clear,UnionWith,IntersectWith,ExceptWith,SymmetricExceptWith|Writes|this",
        "System.Collections.Immutable.ImmutableSortedSet`1+Builder|Add,Remove,Clear,UnionWith,IntersectWith,ExceptWith,SymmetricExceptWith,Reverse|Writes|this",
        "System.Text.Json.Nodes.JsonObject|Add,Remove,Clear,set_Item,SetAt,Insert,RemoveAt,TryAdd|Writes|this",
        "System.Text.Json.Nodes.JsonArray|Add,Remove,Clear,set_Item,Insert,RemoveAt,RemoveAll,RemoveRange|Writes|this",
        "System.Text.Json.Nodes.JsonNode|set_Item,ReplaceWith|Writes|this",
        // Returning an array to the pool hands it to the next renter, who writes it (clearArray: true writes it now).
        "System.Buffers.ArrayPool`1|Return|Writes|array",
        "System.Random|Next,NextInt64,NextDouble,NextSingle,NextBytes|Writes|this",
        "System.Random|Shuffle|Writes|0",
        // Array destinations (a Span<T> or Memory<T> destination needs no row: see DestinationFacts).
        "System.Random|NextBytes|Writes|buffer",
        "System.Security.Cryptography.RandomNumberGenerator|GetBytes,GetNonZeroBytes|Writes|data",
        "System.IO.Stream|Read,ReadAsync,ReadExactly,ReadExactlyAsync,ReadAtLeast,ReadAtLeastAsync|Writes|buffer",
        "System.IO.TextReader|Read,ReadAsync,ReadBlock,ReadBlockAsync|Writes|buffer",
        "System.Net.Sockets.Socket|Receive,ReceiveAsync,ReceiveFrom,ReceiveFromAsync,ReceiveMessageFrom,ReceiveMessageFromAsync|Writes|buffer",
        "System.Text.Encoding|GetBytes|Writes|bytes",
        "System.Text.Encoding|GetChars|Writes|chars",
        "System.Text.Encoder|GetBytes|Writes|bytes",
        "System.Text.Decoder|GetChars|Writes|chars",
        // Adds the key when it is missing (and the returned ref is a view: below).
        "System.Runtime.InteropServices.CollectionsMarshal|GetValueRefOrAddDefault|Writes|0",
        "System.Text.StringBuilder|Append,AppendLine,AppendFormat,AppendJoin,Insert,Remove,Replace,Clear,set_Length,set_Capacity,EnsureCapacity,set_Chars|Writes|this",
        "System.Array|SetValue,Initialize|Writes|this",
        "System.Array|CopyTo|Writes|array",
        "System.Array|Fill,Sort,Reverse,Clear,Resize|Writes|0",
        "System.Array|Sort|Writes|1",
        "System.Array|Copy,ConstrainedCopy|Writes|destinationArray",
        "System.Buffer|BlockCopy,MemoryCopy|Writes|dst",
        "System.Span`1|Fill,Clear|Writes|this",
        "System.Span`1|CopyTo,TryCopyTo|Writes|destination",
        "System.ReadOnlySpan`1|CopyTo,TryCopyTo|Writes|destination",
        "System.Memory`1|CopyTo,TryCopyTo|Writes|destination",
        "System.ReadOnlyMemory`1|CopyTo,TryCopyTo|Writes|destination",
        "System.MemoryExtensions|CopyTo|Writes|destination",
        "System.MemoryExtensions|Reverse,Sort,Fill,Replace|Writes|0",
        "System.Collections.Generic.List`1|CopyTo|Writes|array",
        "System.Collections.Generic.ICollection`1|CopyTo|Writes|array",
        "System.Runtime.InteropServices.CollectionsMarshal|SetCount|Writes|0",
        // Extension mutators of the generic collections (list.AddRange(span), dictionary.TryAdd through IDictionary).
        "System.Collections.Generic.CollectionExtensions|AddRange,InsertRange,CopyTo,TryAdd,Remove|Writes|0",
        // Streams and writers change what they hold by writing. A memory stream over an array is a view of it (its
        // writes land in the array); moving its position or reading it changes no data, so those are no writes.
        "System.IO.MemoryStream|.ctor|View|buffer",
        "System.IO.Stream|Write,WriteAsync,WriteByte,SetLength|Writes|this",
        "System.IO.MemoryStream|Write,WriteAsync,WriteByte,SetLength|Writes|this",
        "System.IO.Stream|CopyTo,CopyToAsync|Writes|destination",
        "System.IO.MemoryStream|CopyTo,CopyToAsync|Writes|destination",
        "System.IO.MemoryStream|WriteTo|Writes|stream",
        "System.IO.Stream|set_Position,set_ReadTimeout,set_WriteTimeout|ChangesNoData|this",
        "System.IO.MemoryStream|set_Position,set_Capacity|ChangesNoData|this",
        "System.IO.TextWriter|Write,WriteLine,WriteAsync,WriteLineAsync,Flush,FlushAsync|Writes|this",
        "System.IO.StreamWriter|Write,WriteLine,WriteAsync,WriteLineAsync,Flush,FlushAsync|Writes|this",
        "System.IO.StringWriter|Write,WriteLine,WriteAsync,WriteLineAsync|Writes|this",
        "System.IO.BinaryWriter|Write,Write7BitEncodedInt,Write7BitEncodedInt64,Flush|Writes|this",
        // Writers over a stream write into it: the writer stands for the stream it was given.
        "System.IO.BinaryWriter|.ctor|View|output",
        "System.IO.StreamWriter|.ctor|View|stream",

        // Views: the result is (part of) the same memory. (An enumerator stands for the elements it yields.)
        "*|GetEnumerator|Element|this",
        // A span's enumerator hands out refs into the memory it views: `foreach (ref var x in span) x = 0;` writes it.
        "System.Span`1|GetEnumerator|View|this",
        "System.Collections.Generic.IAsyncEnumerable`1|GetAsyncEnumerator|Element|this",
        "System.Collections.Generic.List`1|AsReadOnly|View|this",
        "System.Collections.Immutable.ImmutableArray`1|AsSpan,AsMemory|View|this",
        "System.Collections.Generic.List`1|GetRange,Slice|ShallowCopy|this",
        "System.Array|AsReadOnly|View|0",
        "System.Collections.ObjectModel.ReadOnlyCollection`1|.ctor|View|0",
        "System.Collections.ObjectModel.ReadOnlyDictionary`2|.ctor|View|0",
        "System.Collections.ObjectModel.ReadOnlySet`1|.ctor|View|0",
        "System.ArraySegment`1|.ctor|View|0",
        "System.Span`1|.ctor|View|0",
        "System.ReadOnlySpan`1|.ctor|View|0",
        "System.Memory`1|.ctor|View|0",
        "System.ReadOnlyMemory`1|.ctor|View|0",
        "System.Buffers.ReadOnlySequence`1|.ctor|View|0",
        "System.Collections.Generic.CollectionExtensions|AsReadOnly|View|0",
        "System.MemoryExtensions|AsSpan,AsMemory|View|0",
        "System.Span`1|Slice|View|this",
        "System.ReadOnlySpan`1|Slice|View|this",
        "System.Memory`1|Slice,get_Span|View|this",
        "System.ReadOnlyMemory`1|Slice,get_Span|View|this",
        "System.ArraySegment`1|Slice|View|this",
        "System.Buffers.ReadOnlySequence`1|Slice,get_First,get_FirstSpan|View|this",
        "System.Runtime.InteropServices.CollectionsMarshal|AsSpan,GetValueRefOrAddDefault,GetValueRefOrNullRef|View|0",
        "System.Runtime.InteropServices.MemoryMarshal|Cast,AsBytes,AsMemory,AsRef,CreateSpan,CreateReadOnlySpan,GetReference,GetArrayDataReference,ToEnumerable|View|0",
        "System.Runtime.InteropServices.MemoryMarshal|TryGetArray|View|0",
        "System.Runtime.InteropServices.ImmutableCollectionsMarshal|AsArray,AsImmutableArray|View|0",
        "System.Linq.ImmutableArrayExtensions|Where,Select,SelectMany|View|0",
        "System.Linq.Enumerable|AsEnumerable,Where,Select,GroupBy,Skip,Take,SkipWhile,TakeWhile,SkipLast,TakeLast,OrderBy,OrderByDescending,ThenBy,ThenByDescending,Reverse,Concat,Distinct,DistinctBy,Cast,OfType,Append,Prepend,Chunk,Union,Intersect,Except|View|0",

        // Elements: the result is one element of the collection.
        "System.Linq.Enumerable|First,FirstOrDefault,Last,LastOrDefault,Single,SingleOrDefault,ElementAt,ElementAtOrDefault,MinBy,MaxBy,Aggregate|Element|0",
        "System.Linq.ImmutableArrayExtensions|First,FirstOrDefault,Last,LastOrDefault,Single,SingleOrDefault,ElementAt,ElementAtOrDefault,Aggregate|Element|0",
        "System.Collections.Immutable.ImmutableArray`1|get_Item,ItemRef|Element|this",
        // A ref into the array: writing through it writes the array.
        "System.Collections.Immutable.ImmutableArray`1|ItemRef|View|this",
        // Atomic stores (Volatile.Write(ref s, Volatile.Read(ref s) + 1) is still a read-modify-write).
        // The location holds the stored value afterwards; Exchange returns what it held before.
        "System.Threading.Volatile|Write|AtomicStore|0",
        "System.Threading.Interlocked|Exchange|AtomicStore|0",
        "System.Threading.Volatile|Read|AtomicLoad|0",
        "System.Threading.Interlocked|CompareExchange|AtomicCompareStore|0",
        // Returns what the variable holds once it holds something (one object for every caller after the first).
        "System.Threading.LazyInitializer|EnsureInitialized|AtomicLoad|0",
        // A Lazy<T> stands for the value it holds (created once, then the same object for every reader).
        "System.Lazy`1|get_Value|View|this",
        // Its factory runs where Value is first read: the Lazy holds it until then.
        "System.Lazy`1|.ctor|HoldsAsElement|valueFactory",
        // A ref to the argument's own storage (Unsafe.AsRef(in field), Unsafe.Add(ref first, i)), or the argument
        // itself under another type (Unsafe.As<List<T>>(readOnlyView)).
        "System.Runtime.CompilerServices.Unsafe|AsRef,As,Add,AddByteOffset,Subtract,SubtractByteOffset|View|0",
        "System.Collections.Generic.List`1|Find,FindLast|Element|this",
        "System.Collections.Generic.Dictionary`2|TryGetValue,GetValueOrDefault|Element|this",
        "System.Collections.Concurrent.ConcurrentDictionary`2|TryGetValue,GetOrAdd|Element|this",
        "System.Runtime.CompilerServices.ConditionalWeakTable`2|TryGetValue,GetValue,GetOrCreateValue|Element|this",
        "System.Collections.Generic.IDictionary`2|TryGetValue|Element|this",
        "System.Collections.Generic.IReadOnlyDictionary`2|TryGetValue|Element|this",
        "System.Collections.Generic.CollectionExtensions|GetValueOrDefault|Element|0",
        "System.Collections.Generic.Queue`1|Peek,TryPeek,Dequeue,TryDequeue|Element|this",
        "System.Collections.Generic.Stack`1|Peek,TryPeek,Pop,TryPop|Element|this",
        "System.Collections.Generic.LinkedList`1|get_First,get_Last,Find|Element|this",
        "System.Array|Find,FindLast|Element|0",

        // Shallow copies: a new container, the same elements.
        "System.Linq.Enumerable|ToList,ToArray,ToHashSet,ToDictionary,ToLookup|ShallowCopy|0",
        "System.Linq.ImmutableArrayExtensions|ToArray,ToDictionary|ShallowCopy|0",
        "System.Collections.Immutable.ImmutableArray|ToImmutableArray,CreateRange|ShallowCopy|0",
        "System.Collections.Immutable.ImmutableList|ToImmutableList,CreateRange|ShallowCopy|0",
        "System.Collections.Immutable.ImmutableDictionary|ToImmutableDictionary,CreateRange|ShallowCopy|0",
        "System.Collections.Frozen.FrozenDictionary|ToFrozenDictionary|ShallowCopy|0",
        "System.Collections.Frozen.FrozenSet|ToFrozenSet|ShallowCopy|0",
        "System.Collections.Generic.List`1|ToArray|ShallowCopy|this",
        "System.Collections.Generic.List`1|.ctor|ShallowCopy|0",
        "System.Collections.Generic.HashSet`1|.ctor|ShallowCopy|0",
        "System.Collections.Generic.Dictionary`2|.ctor|ShallowCopy|0",
        "System.Collections.Immutable.ImmutableArray`1+Builder|ToImmutable,MoveToImmutable,ToArray|ShallowCopy|this",
        // A new builder: empty (CreateBuilder, a static call: no receiver), or holding the collection's elements (ToBuilder).
        "System.Collections.Immutable.ImmutableArray|CreateBuilder|ShallowCopy|this",

        // A task stands for its result (awaiting it gives the result).
        "System.Threading.Tasks.Task|FromResult|View|0",
        "System.Threading.Tasks.ValueTask|FromResult|View|0",
        "System.Threading.Tasks.ValueTask`1|.ctor|View|0",
        // Sequences holding the argument itself as an element.
        "System.Linq.Enumerable|Repeat|HoldsAsElement|element",
        "System.Linq.Enumerable|Append,Prepend|HoldsAsElement|element",

        // Carriers: a new value holding the arguments, each in the member named like its parameter.
        "System.Collections.Generic.KeyValuePair|Create|Carrier|this",
        "System.Tuple|Create|Carrier|this",
        "System.ValueTuple|Create|Carrier|this",
        "System.Collections.Immutable.ImmutableList|CreateBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableDictionary|CreateBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableSortedDictionary|CreateBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableHashSet|CreateBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableSortedSet|CreateBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableArray`1|ToBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableList`1|ToBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableDictionary`2|ToBuilder|ShallowCopy|this",
        "System.Collections.Immutable.ImmutableHashSet`1|ToBuilder|ShallowCopy|this",
        "System.Array|Clone|ShallowCopy|this",
        "System.Object|MemberwiseClone|ShallowCopy|this",

        // Thread entry points: delegates run on another thread; other arguments go with them.
        "System.Threading.Tasks.Task|Run,ContinueWith|ThreadEntry|this",
        "System.Threading.Tasks.Task`1|ContinueWith|ThreadEntry|this",
        // A task built with `new` runs nothing until started: it holds its delegate, and Start (on the default
        // scheduler) runs it on the pool; RunSynchronously or Start on the loop's own scheduler runs it on the loop.
        "System.Threading.Tasks.Task|.ctor|HoldsAsElement|0",
        "System.Threading.Tasks.Task`1|.ctor|HoldsAsElement|0",
        "System.Threading.Tasks.Task|Start|StartsHeld|this",
        "System.Threading.Tasks.TaskFactory|StartNew|ThreadEntry|this",
        "System.Threading.Tasks.TaskFactory`1|StartNew|ThreadEntry|this",
        "System.Threading.ThreadPool|QueueUserWorkItem,UnsafeQueueUserWorkItem,RegisterWaitForSingleObject,UnsafeRegisterWaitForSingleObject|ThreadEntry|this",
        "System.Threading.SynchronizationContext|Post|ContextPost|this",
        "System.Threading.Tasks.Parallel|For,ForEach,Invoke,ForAsync,ForEachAsync|ThreadEntry|this",
        "System.Threading.Thread|.ctor,Start,UnsafeStart|ThreadEntry|this",
        "System.Threading.Timer|.ctor|ThreadEntry|this",
        "System.Threading.CancellationToken|Register,UnsafeRegister|ThreadEntry|this",
        "System.Timers.Timer|add_Elapsed|ThreadEntry|this",
        "System.TimeProvider|CreateTimer|ThreadEntry|this",
        // PLINQ: every operator's delegates run on pool threads ("*": every member of the type).
        "System.Linq.ParallelEnumerable|*|ThreadEntry|this",
        // Asynchronous-programming-model callbacks run on a pool (I/O) thread.
        "System.IO.Stream|BeginRead,BeginWrite|ThreadEntry|this",
        "System.Net.Sockets.Socket|BeginAccept,BeginConnect,BeginDisconnect,BeginReceive,BeginReceiveFrom,BeginSend,BeginSendTo,BeginSendFile|ThreadEntry|this",
        "System.Net.Dns|BeginGetHostAddresses,BeginGetHostEntry|ThreadEntry|this",
        // Library events raised on the library's own threads (I/O completion, signal, process-exit and finalizer threads).
        "System.IO.FileSystemWatcher|add_Changed,add_Created,add_Deleted,add_Renamed,add_Error|ThreadEntry|this",
        "System.Diagnostics.Process|add_Exited,add_OutputDataReceived,add_ErrorDataReceived|ThreadEntry|this",
        "System.Console|add_CancelKeyPress|ThreadEntry|this",
        "System.AppDomain|add_ProcessExit,add_UnhandledException,add_FirstChanceException,add_DomainUnload|ThreadEntry|this",
        "System.Runtime.Loader.AssemblyLoadContext|add_Unloading|ThreadEntry|this",
        "System.Threading.Tasks.TaskScheduler|add_UnobservedTaskException|ThreadEntry|this",
        "System.Net.Sockets.SocketAsyncEventArgs|add_Completed|ThreadEntry|this",
        "System.Net.NetworkInformation.NetworkChange|add_NetworkAddressChanged,add_NetworkAvailabilityChanged|ThreadEntry|this",
        "System.Runtime.InteropServices.PosixSignalRegistration|Create|ThreadEntry|this",
    ];

    private static readonly Dictionary<string, List<(string Member, BclEffect Effect, string Operand)>> Table = Build();

    // Weakly keyed: the analyzers outlive every compilation they see (compiler server, IDE), and a type symbol holds its
    // compilation. A strong static table kept every analysed compilation alive (AnalyzerLifetimeTests).
    private static readonly ConditionalWeakTable<INamedTypeSymbol, string> MetadataNames = new();

    private static Dictionary<string, List<(string, BclEffect, string)>> Build()
    {
        var table = new Dictionary<string, List<(string, BclEffect, string)>>(StringComparer.Ordinal);
        foreach (string row in Rows)
        {
            string[] parts = row.Split('|');
            if (!table.TryGetValue(parts[0], out var entries))
            {
                table[parts[0]] = entries = new List<(string, BclEffect, string)>();
            }

            var effect = (BclEffect)Enum.Parse(typeof(BclEffect), parts[2]);
            foreach (string member in parts[1].Split(','))
            {
                entries.Add((member, effect, parts[3]));
            }
        }

        return table;
    }

    // Library structs that are views over an array or other memory: a copy of one shares that memory, whatever its
    // element type (a Memory<byte> over a worker's buffer is that buffer).
    private static readonly HashSet<string> ViewStructs =
    [
        "System.Memory`1", "System.ReadOnlyMemory`1", "System.ArraySegment`1", "System.Buffers.ReadOnlySequence`1",
    ];

    /// <summary>
    /// True for a library struct that views memory it does not own: <c>Memory&lt;T&gt;</c>, <c>ArraySegment&lt;T&gt;</c>,
    /// and a collection's struct enumerator (<c>Dictionary&lt;K, V&gt;.Enumerator</c>: a copy walks the same collection).
    /// </summary>
    public static bool IsViewStruct(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsValueType: true } named && !named.Locations.Any(static l => l.IsInSource) &&
        ((named.IsGenericType && ViewStructs.Contains(MetadataName(named.OriginalDefinition))) ||
         (named.Name == "Enumerator" && named.ContainingType is { IsGenericType: true }));

    // Library types whose by-ref parameters are atomic operations, locks or views, not a read followed by an assignment.
    private static readonly HashSet<string> AtomicOrViewByRefTypes =
    [
        "System.Threading.Interlocked", "System.Threading.Volatile", "System.Threading.LazyInitializer", "System.Threading.Monitor",
        "System.Collections.Immutable.ImmutableInterlocked", "System.Runtime.CompilerServices.Unsafe",
        "System.Runtime.InteropServices.MemoryMarshal", "System.Runtime.InteropServices.CollectionsMarshal",
    ];

    /// <summary>
    /// A library method given a variable by <c>ref</c> reads and assigns it (<c>Array.Resize(ref buffer, n)</c>), unless it
    /// is an atomic helper, a lock, or returns a view over the variable (a <c>ref</c> or a span) instead.
    /// </summary>
    public static bool UpdatesByRefArgument(IMethodSymbol method) =>
        !method.ReturnsByRef && !method.ReturnsByRefReadonly && !IsSpanType(method.ReturnType) &&
        !AtomicOrViewByRefTypes.Contains(MetadataName(method.ContainingType.OriginalDefinition));

    private static bool IsSpanType(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", ContainingNamespace.Name: "System", ContainingNamespace.ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>Every fact the table holds about <paramref name="method"/> (a method, accessor or constructor).</summary>
    public static IEnumerable<BclFact> Facts(IMethodSymbol method)
    {
        string name = method.Name;
        INamedTypeSymbol type = method.ContainingType;
        if (type is null)
        {
            yield break;
        }

        if (Table.TryGetValue(MetadataName(type.OriginalDefinition), out var entries))
        {
            foreach (var entry in entries)
            {
                if ((entry.Member == name || entry.Member == "*") && Operand(method, entry.Operand) is int operand)
                {
                    yield return new BclFact(entry.Effect, operand, Describe(type, method, entry.Effect));
                }
            }
        }

        // Arrays implement the generic collection interfaces; their methods are declared on System.Array.
        foreach (var entry in Table[AnyType])
        {
            if (entry.Member == name && method.Parameters.Length == 0)
            {
                yield return new BclFact(entry.Effect, -1, name);
            }
        }

        foreach (BclFact destination in DestinationFacts(method, entries))
        {
            yield return destination;
        }
    }

    /// <summary>
    /// A library method's writable span parameter (<c>Span&lt;T&gt;</c>, <c>Memory&lt;T&gt;</c>, by value) is where it
    /// writes its output: <c>Encoding.GetBytes(text, destination)</c>, <c>BinaryPrimitives.Write…(destination, v)</c>,
    /// <c>int.TryFormat(destination, …)</c>, <c>Stream.Read(buffer)</c>. A read takes a <c>ReadOnlySpan&lt;T&gt;</c>. Not
    /// the receiver of an extension method (<c>span.IndexOf(x)</c>: its mutators are rows), and not an operand a row
    /// already speaks of (<c>MemoryMarshal.Cast(span)</c> is a view).
    /// </summary>
    private static IEnumerable<BclFact> DestinationFacts(IMethodSymbol method, List<(string Member, BclEffect Effect, string Operand)>? entries)
    {
        if (method.Locations.IsEmpty || !method.Locations[0].IsInMetadata)
        {
            yield break;
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None || (method.IsExtensionMethod && parameter.Ordinal == 0) ||
                parameter.Type is not INamedTypeSymbol { IsGenericType: true } type ||
                type.OriginalDefinition.ContainingNamespace?.Name != "System" || type.OriginalDefinition.MetadataName is not ("Span`1" or "Memory`1"))
            {
                continue;
            }

            bool named = false;
            foreach (var entry in entries ?? [])
            {
                named |= entry.Member == method.Name && Operand(method, entry.Operand) == parameter.Ordinal;
            }

            if (!named)
            {
                yield return new BclFact(BclEffect.Writes, parameter.Ordinal, $"{method.ContainingType.Name}.{method.Name}");
            }
        }
    }

    private static int? Operand(IMethodSymbol method, string operand)
    {
        if (operand == "this")
        {
            return -1;
        }

        if (int.TryParse(operand, out int ordinal))
        {
            return ordinal < method.Parameters.Length ? ordinal : null;
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.Name == operand)
            {
                return parameter.Ordinal;
            }
        }

        return null;
    }

    private static string Describe(INamedTypeSymbol type, IMethodSymbol method, BclEffect effect) => effect switch
    {
        BclEffect.ThreadEntry when method.MethodKind == MethodKind.Constructor => $"a new {type.Name} callback",
        BclEffect.ThreadEntry when method.MethodKind == MethodKind.EventAdd => $"a {type.Name}.{method.Name.Substring(4)} handler",
        BclEffect.ThreadEntry when type.Name == "TaskFactory" => $"a Task.Factory.{method.Name} callback",
        BclEffect.ThreadEntry or BclEffect.StartsHeld => $"a {type.Name}.{method.Name} callback",
        _ => $"{type.Name}.{method.Name}",
    };

    /// <summary>
    /// True when awaiting <paramref name="awaited"/> may resume on a thread-pool thread: <c>ConfigureAwait(false)</c>,
    /// or <c>ConfigureAwaitOptions</c> without <c>ContinueOnCapturedContext</c>.
    /// </summary>
    public static bool LeavesContext(IOperation awaited)
    {
        while (awaited is IConversionOperation conversion)
        {
            awaited = conversion.Operand;
        }

        // The flag is the last argument (the first is the source for the IAsyncEnumerable extension).
        if (awaited is not IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Arguments.Length: > 0 } invocation ||
            invocation.Arguments[invocation.Arguments.Length - 1].Value.ConstantValue is not { HasValue: true, Value: var value })
        {
            return false;
        }

        return value switch
        {
            bool continueOnCapturedContext => !continueOnCapturedContext,
            int options => (options & 1) == 0,
            _ => false,
        };
    }

    /// <summary>The CLR metadata name (namespace, nesting with '+', arity), the key of the table.</summary>
    public static string MetadataName(INamedTypeSymbol type) => MetadataNames.GetValue(type, static t =>
    {
        string own = t.MetadataName;
        if (t.ContainingType is { } outer)
        {
            return MetadataName(outer) + "+" + own;
        }

        string ns = t.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : string.Empty;
        return ns + own;
    });
}
