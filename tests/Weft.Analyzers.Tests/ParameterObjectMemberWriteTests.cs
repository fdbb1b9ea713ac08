using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A helper that calls a method of its parameter object, a method that changes what the object's fields hold (a sink
/// writing the span or array it was made over), changes memory reached from that parameter: its callers resolve it to
/// what they gave the object they pass. That holds whatever the call's form: a class or a <c>ref struct</c>, a
/// concrete parameter, an interface, a generic <c>T : ISink</c> or one that <c>allows ref struct</c> (C# 13). Corpus
/// round 12's <c>RefStructSink</c>; the reported tests fail on the analyzers before (the helper's summary said it wrote
/// the object passed, not what the object holds, so only a direct call was reported).
/// </summary>
public sealed class ParameterObjectMemberWriteTests
{
    [Fact]
    public Task A_helper_whose_sink_parameter_writes_a_published_array_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System;
        using Weft.Slots;
        namespace App;

        public interface ISink
        {
            void Put(int index, byte value);

            byte Peek(int index);
        }

        public ref struct SpanSink(Span<byte> buffer) : ISink
        {
            private readonly Span<byte> _buffer = buffer;

            public readonly void Put(int index, byte value) => _buffer[index] = value;

            public readonly byte Peek(int index) => _buffer[index];
        }

        public sealed class ArraySink(byte[] buffer) : ISink
        {
            public void Put(int index, byte value) => buffer[index] = value;

            public byte Peek(int index) => buffer[index];
        }

        public static class Frames
        {
            public static void StampAny<TSink>(TSink sink) where TSink : ISink, allows ref struct => sink.Put(0, 0x1b);

            public static void StampSpan(SpanSink sink) => sink.Put(0, 0x1b);

            public static void StampGeneric<TSink>(TSink sink) where TSink : ISink => sink.Put(0, 0x1b);

            public static void StampInterface(ISink sink) => sink.Put(0, 0x1b);

            public static byte PeekAny<TSink>(TSink sink) where TSink : ISink, allows ref struct => sink.Peek(0);

            public static void RefStruct(Slot<byte[]> slot)
            {
                byte[] frame = new byte[16];
                slot.Publish(frame);
                {|WEFT0002:StampAny(new SpanSink(frame))|};
            }

            public static void ConcreteParameter(Slot<byte[]> slot)
            {
                byte[] frame = new byte[16];
                slot.Publish(frame);
                {|WEFT0002:StampSpan(new SpanSink(frame))|};
            }

            public static void GenericClass(Slot<byte[]> slot)
            {
                byte[] frame = new byte[16];
                slot.Publish(frame);
                {|WEFT0002:StampGeneric(new ArraySink(frame))|};
            }

            public static void Interface(Slot<byte[]> slot)
            {
                byte[] frame = new byte[16];
                slot.Publish(frame);
                {|WEFT0002:StampInterface(new ArraySink(frame))|};
            }

            public static byte Quiet(Slot<byte[]> slot)
            {
                byte[] frame = new byte[16];
                StampAny(new SpanSink(frame));
                slot.Publish(frame);
                StampInterface(new ArraySink((byte[])frame.Clone()));
                return PeekAny(new SpanSink(frame));
            }
        }
        """);

    [Fact]
    public Task A_helper_whose_wrapper_parameter_clears_snapshot_data_is_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>("""
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        namespace App;

        #pragma warning disable WEFT0001 // a mutable snapshot on purpose: the writes through it are the subject
        [ThreadLocalSlot]
        public sealed partial class Catalog
        {
            public List<string> Items { get; init; } = [];
        }
        #pragma warning restore WEFT0001

        public sealed class Basket
        {
            private readonly List<string> _items;

            public Basket(List<string> items) => _items = items;

            public void Empty() => _items.Clear();

            public int Count() => _items.Count;
        }

        public static class Checkout
        {
            private static void Reset(Basket basket) => basket.Empty();

            private static int Size(Basket basket) => basket.Count();

            public static void Clear() => {|WEFT0003:Reset(new Basket(Catalog.Current.Items))|};

            public static int Count() => Size(new Basket(Catalog.Current.Items));

            public static void ClearCopy() => Reset(new Basket(Catalog.Current.Items.ToList()));
        }
        """);
}
