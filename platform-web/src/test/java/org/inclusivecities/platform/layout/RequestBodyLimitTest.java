package org.inclusivecities.platform.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** A JSON body sent without a length (chunked) is counted as it is read; past the limit the answer is 413. */
class RequestBodyLimitTest {

	final RequestBodyLimit filter = new RequestBodyLimit(DataSize.ofBytes(100));

	@Test
	void aChunkedBodyOverTheLimitIsA413WhateverTheReaderAnswered() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(chunked(new byte[101]), response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				readAll(request, response);
			}
		}));
		assertThat(response.getStatus()).isEqualTo(413);
	}

	@Test
	void aChunkedBodyWithinTheLimitIsReadAsSent() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		byte[] body = "{\"text\":\"a mission\"}".getBytes(StandardCharsets.UTF_8);
		filter.doFilter(chunked(body), response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				readAll(request, response);
			}
		}));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("read " + body.length);
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingReadsIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/x");
		request.setContentType("application/json");
		request.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).as("nothing behind the filter saw it").isNull();
	}

	private static void readAll(ServletRequest request, ServletResponse response) throws IOException {
		try {
			int n = request.getInputStream().readAllBytes().length;
			response.getWriter().write("read " + n);
		}
		catch (IOException cutOff) {
			// as the JSON reader does: a 400 for a body it could not read
			((HttpServletResponse) response).setStatus(400);
			response.getWriter().write("{\"status\":400}");
		}
	}

	private static HttpServletRequestWrapper chunked(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/x");
		request.setContentType("application/json");
		request.setContent(body);
		request.addHeader("Transfer-Encoding", "chunked");
		return new HttpServletRequestWrapper(request) {
			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}
		};
	}

}
