"""A client in another language needs nothing of ours but the protos.

Generates Python stubs from proto/ at test time (Debian's python3-grpc-tools), initializes a
database with the real simpulctl, starts the real simpul-data on a unix socket and calls it
with Debian's python3-grpcio: Login, WhoAmI, WilayahService.ListChildren("32"), a call
without a token, and a typed error with its ErrorDetail trailer. Run by /usr/bin/python3,
the interpreter that sees Debian's gRPC modules.
"""

import argparse
import importlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

ARGS = None


def generate_stubs(proto_dir, out_dir):
    from grpc_tools import protoc  # Debian: python3-grpc-tools
    import grpc_tools

    os.makedirs(out_dir, exist_ok=True)
    well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    protos = []
    for root, _, files in os.walk(os.path.join(proto_dir, "simpul")):
        protos += [os.path.join(root, f) for f in files if f.endswith(".proto")]
    include = ["-I" + proto_dir]
    if os.path.isdir(well_known):
        include.append("-I" + well_known)
    else:
        include.append("-I/usr/include")
    code = protoc.main(["protoc"] + include + ["--python_out=" + out_dir,
                                               "--grpc_python_out=" + out_dir] + protos)
    if code != 0:
        raise RuntimeError("protoc failed with %d" % code)
    sys.path.insert(0, out_dir)


class PythonClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="simpul-py-")
        tmp = cls.tmp.name
        generate_stubs(ARGS.proto_dir, os.path.join(tmp, "gen"))
        import grpc

        cls.grpc = grpc
        cls.pb = {name: importlib.import_module("simpul.core.v1.%s_pb2" % name)
                  for name in ("auth", "wilayah_service", "person", "person_service", "error")}
        cls.rpc = {name: importlib.import_module("simpul.core.v1.%s_pb2_grpc" % name)
                   for name in ("auth", "wilayah_service", "person_service")}

        db = os.path.join(tmp, "simpul.db")
        password_file = os.path.join(tmp, "password")
        with open(password_file, "w") as f:
            f.write("python-admin-password\n")
        subprocess.run([ARGS.simpulctl, "init", "--db", db, "--wilayah", ARGS.wilayah,
                        "--admin", "admin", "--admin-password-file", password_file],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        socket_path = os.path.join(tmp, "s.sock")
        cls.server = subprocess.Popen([ARGS.simpul_data, "--db", db, "--listen",
                                       "unix:" + socket_path],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        cls.channel = grpc.insecure_channel("unix:" + socket_path)
        grpc.channel_ready_future(cls.channel).result(timeout=30)

    @classmethod
    def tearDownClass(cls):
        cls.channel.close()
        cls.server.send_signal(signal.SIGTERM)
        try:
            code = cls.server.wait(timeout=20)
        finally:
            cls.server.kill()
        cls.tmp.cleanup()
        assert code == 0, "simpul-data exited with %s" % code

    def login(self):
        stub = self.rpc["auth"].AuthServiceStub(self.channel)
        response = stub.Login(self.pb["auth"].LoginRequest(username="admin",
                                                           password="python-admin-password"))
        self.assertTrue(response.token)
        return [("authorization", "Bearer " + response.token)]

    def test_login_and_who_am_i(self):
        metadata = self.login()
        stub = self.rpc["auth"].AuthServiceStub(self.channel)
        me = stub.WhoAmI(self.pb["auth"].WhoAmIRequest(), metadata=metadata)
        self.assertEqual(me.user.username, "admin")
        self.assertIn("core.person.read_nik", list(me.permissions))

    def test_list_children_of_jawa_barat(self):
        metadata = self.login()
        stub = self.rpc["wilayah_service"].WilayahServiceStub(self.channel)
        codes, names, token = [], {}, ""
        while True:
            page = stub.ListChildren(self.pb["wilayah_service"].ListChildrenRequest(
                parent_code="32", page_size=10, page_token=token), metadata=metadata)
            for w in page.wilayah:
                codes.append(w.code)
                names[w.code] = w.display_name or w.name
            token = page.next_page_token
            if not token:
                break
        self.assertEqual(len(codes), 27)
        self.assertEqual(len(set(codes)), 27)
        self.assertIn("32.04", codes)
        self.assertIn("32.73", codes)

    def test_without_a_token_is_unauthenticated(self):
        stub = self.rpc["wilayah_service"].WilayahServiceStub(self.channel)
        with self.assertRaises(self.grpc.RpcError) as caught:
            stub.ListChildren(self.pb["wilayah_service"].ListChildrenRequest(parent_code="32"))
        self.assertEqual(caught.exception.code(), self.grpc.StatusCode.UNAUTHENTICATED)

    def test_errors_carry_the_field_in_the_trailer(self):
        metadata = self.login()
        stub = self.rpc["person_service"].PersonServiceStub(self.channel)
        person = self.pb["person"].Person(nik="123", full_name="Sintetis")
        person.address.wilayah_code = "32.04.12.2003"
        with self.assertRaises(self.grpc.RpcError) as caught:
            stub.CreatePerson(self.pb["person_service"].CreatePersonRequest(person=person),
                              metadata=metadata)
        error = caught.exception
        self.assertEqual(error.code(), self.grpc.StatusCode.INVALID_ARGUMENT)
        trailer = dict(error.trailing_metadata()).get("simpul-error-bin")
        self.assertIsNotNone(trailer)
        detail = self.pb["error"].ErrorDetail.FromString(trailer)
        self.assertEqual(detail.field, "person.nik")
        self.assertTrue(detail.message_en)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--proto-dir", required=True)
    parser.add_argument("--simpul-data", required=True)
    parser.add_argument("--simpulctl", required=True)
    parser.add_argument("--wilayah", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)
