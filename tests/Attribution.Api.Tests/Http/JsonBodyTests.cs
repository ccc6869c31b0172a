using System.Text;
using Attribution.Api.Http;
using Microsoft.AspNetCore.Http;

namespace Attribution.Api.Tests.Http;

public sealed class JsonBodyTests
{
    public enum Color
    {
        Red,
        DarkBlue,
    }

    public sealed record Sample(string Name, int Count, Color Color, DateOnly? Day = null);

    [Fact]
    public async Task ReadAsync_ValidBody_ReturnsTheValue()
    {
        var value = await ReadAsync("""{"name":"a","count":3,"color":"darkBlue","day":"2026-01-31"}""");

        Assert.Equal(new Sample("a", 3, Color.DarkBlue, new DateOnly(2026, 1, 31)), value);
    }

    [Theory]
    [InlineData("""{"name":"a","count":3,"color":"red","extra":1}""", "extra")]
    [InlineData("""{"name":"a","count":"three","color":"red"}""", "count")]
    [InlineData("""{"name":"a","count":3,"color":"purple"}""", "color")]
    [InlineData("""{"name":"a","count":3,"color":1}""", "color")]
    [InlineData("""{"name":"a","count":3,"color":"red","day":"31/01/2026"}""", "day")]
    [InlineData("""{"name":"a","count":99999999999,"color":"red"}""", "count")]
    [InlineData("""{"name":null,"count":3,"color":"red"}""", "name")]
    public async Task ReadAsync_BadMember_ThrowsNamingTheField(string json, string field)
    {
        var error = await Assert.ThrowsAsync<ApiValidationException>(() => ReadAsync(json));

        Assert.Contains(field, error.Errors.Keys);
    }

    [Fact]
    public async Task ReadAsync_MissingRequiredMember_NamesIt()
    {
        var error = await Assert.ThrowsAsync<ApiValidationException>(() => ReadAsync("""{"name":"a","color":"red"}"""));

        Assert.Equal(["count"], error.Errors.Keys);
    }

    [Fact]
    public async Task ReadAsync_MalformedJson_ThrowsValidation()
    {
        await Assert.ThrowsAsync<ApiValidationException>(() => ReadAsync("""{"name":"""));
    }

    private static Task<Sample> ReadAsync(string json)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return JsonBody.ReadAsync<Sample>(context.Request);
    }
}
